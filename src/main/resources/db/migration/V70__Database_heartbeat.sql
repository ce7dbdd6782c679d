-- One row that the health check updates (module database): a database that answers but cannot
-- write (read-only, a full disk) is not healthy.
CREATE TABLE database_heartbeat (
    id          INTEGER                  NOT NULL PRIMARY KEY,
    checked_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO database_heartbeat (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
