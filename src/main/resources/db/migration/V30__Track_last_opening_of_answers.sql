-- When a respondent last opened their answers: answers not reopened for capcoop.retention
-- (12 months by default) are purged. Existing rows count from their last update.
ALTER TABLE questionnaire_response ADD COLUMN last_opened_at TIMESTAMP WITH TIME ZONE;
UPDATE questionnaire_response SET last_opened_at = updated_at;
CREATE INDEX ix_questionnaire_response_opened ON questionnaire_response (last_opened_at);
