-- Each user's language (issue 11, "UN names and six languages"): one of en, fr, es, ru, zh, ar,
-- chosen with the switcher in the app's header and applied at sign-in; NULL until they choose
-- (English). It follows the user to every site like their name, through the one write path.
ALTER TABLE users ADD COLUMN language TEXT;
