-- A client's goal in their own words, encrypted (see FieldCipher): the value is never stored in plain text.
CREATE TABLE client_goals (
    account_id       UUID PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    goal_ciphertext  VARCHAR(8000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
