-- Live sessions keep their own table of the journeys started in them, instead of a column and
-- a foreign key in questionnaire_response (the questionnaire module's table): each module's
-- tables are its own. Journeys deleted by their respondent or by the retention purge leave it
-- through the questionnaire module's JourneysDeleted event.
CREATE TABLE live_session_journey (
    journey_token    VARCHAR(64)              NOT NULL PRIMARY KEY,
    live_session_id  BIGINT                   NOT NULL REFERENCES live_session (id),
    joined_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_live_session_journey_session ON live_session_journey (live_session_id);

INSERT INTO live_session_journey (journey_token, live_session_id, joined_at)
    SELECT token, live_session_id, created_at FROM questionnaire_response WHERE live_session_id IS NOT NULL;

ALTER TABLE questionnaire_response DROP CONSTRAINT fk_questionnaire_response_live_session;
DROP INDEX ix_questionnaire_response_live_session;
ALTER TABLE questionnaire_response DROP COLUMN live_session_id;
