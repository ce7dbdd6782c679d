-- A live session's figures kept as they change, so that the projector reads one small row
-- however many attendees there are: one JSON object of counts per session ("participant",
-- "option|integration|structurer" …), updated under the row's lock by each attendee's change.
-- NULL: not yet counted (sessions opened before this migration): counted once from the journeys.
CREATE TABLE live_session_tally (
    live_session_id  BIGINT NOT NULL PRIMARY KEY REFERENCES live_session (id),
    counts           TEXT
);

INSERT INTO live_session_tally (live_session_id, counts) SELECT id, NULL FROM live_session;

-- What each attendee's journey adds to its session's figures (one item a line), so that a
-- change or a deletion takes away exactly what it added. NULL: not yet counted.
ALTER TABLE live_session_journey ADD COLUMN contribution TEXT;

-- What the projector shows, chosen on the trainer's console: NULL for the overview (code, QR
-- code, recommended forms), else a question's key, with ':2' for its second page of bars.
ALTER TABLE live_session ADD COLUMN projected VARCHAR(120);
