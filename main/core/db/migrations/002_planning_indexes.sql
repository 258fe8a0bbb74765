-- Indexes for building the OP 12 list quickly: the latest status of a recommendation, the latest
-- value of an indicator and each State's conducted visits, as of a date, are read from indexes.
CREATE INDEX recommendation_updates_latest ON recommendation_updates(recommendation_id, deleted, as_of, id, status);
CREATE INDEX recommendations_report_priority ON recommendations(report_id, priority, deleted, id);
CREATE INDEX risk_indicators_latest ON risk_indicators(iso3, indicator_key, deleted, as_of, value);
CREATE INDEX visits_conducted ON visits(status, deleted, iso3, start_date, end_date, kind);
CREATE INDEX visits_consent ON visits(consent_request_id);
