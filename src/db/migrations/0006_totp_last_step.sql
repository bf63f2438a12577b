-- The last TOTP time step a user's code was accepted for (RFC 6238 §5.2, ASVS 2.8.4): a code
-- is accepted only for a later step, so a code seen once (over a shoulder, in a log) cannot be
-- used again within its 30-second window. NULL: no code accepted since TOTP was set up.
ALTER TABLE users ADD COLUMN totp_last_step bigint;
