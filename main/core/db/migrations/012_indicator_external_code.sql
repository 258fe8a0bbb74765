-- Indicator definitions get the code their publisher gives the indicator (issue 11, "Data in"),
-- such as the World Bank's VC.IHR.PSRC.P5, so that a downloaded table's indicator column is
-- matched against it as well as against the definition's key and label. NULL when none is known.
ALTER TABLE indicator_definitions ADD COLUMN external_code TEXT;
