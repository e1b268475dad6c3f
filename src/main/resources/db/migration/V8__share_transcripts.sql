-- Clients can choose to share their role-play transcripts with a linked therapist.
ALTER TABLE care_links ADD COLUMN share_transcripts BOOLEAN DEFAULT FALSE NOT NULL;
