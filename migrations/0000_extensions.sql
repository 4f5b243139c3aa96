-- Trigram similarity lets FAQ search forgive typos ("custms" finds the customs question).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
