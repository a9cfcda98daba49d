-- A recorder's own account for customs (the monitor checks the recorder with it), sealed like a
-- camera's password: libsodium secretbox, nonce || ciphertext; NULL = none.
ALTER TABLE recorders ADD COLUMN username TEXT NOT NULL DEFAULT '';
ALTER TABLE recorders ADD COLUMN password_box BLOB;
