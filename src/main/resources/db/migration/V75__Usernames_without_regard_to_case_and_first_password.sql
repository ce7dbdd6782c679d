-- User names are unique without regard to case: "ADMIN" can no longer be created beside "admin".
-- username_key is the name in lower case, what logins look up. Should two accounts already
-- differ only by case, the oldest keeps its name; the others get a key nobody can type (a '#'
-- and their id) and are disabled: an admin can read them in the accounts page and create them
-- again under another name.
ALTER TABLE admin_account ADD COLUMN username_key VARCHAR(120);

UPDATE admin_account SET username_key = LOWER(username)
    WHERE NOT EXISTS (SELECT 1 FROM admin_account older
                      WHERE LOWER(older.username) = LOWER(admin_account.username) AND older.id < admin_account.id);

UPDATE admin_account SET username_key = LOWER(username) || '#' || CAST(id AS VARCHAR(20)), enabled = FALSE
    WHERE username_key IS NULL;

ALTER TABLE admin_account ALTER COLUMN username_key SET NOT NULL;
ALTER TABLE admin_account ADD CONSTRAINT uk_admin_account_username_key UNIQUE (username_key);

-- A password given to someone (the first admin's, from the environment or the log; one an admin
-- typed when creating an account) must be replaced by its owner at their first login.
ALTER TABLE admin_account ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
