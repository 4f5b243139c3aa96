DROP INDEX "faq_questions_title_trgm_idx";--> statement-breakpoint
-- FAQ search runs in memory (src/domain/faq-search.ts) and no statement used the trigram
-- index; without it nothing needs pg_trgm, and the embedded database no longer unpacks and
-- compiles the extension at every start.
DROP EXTENSION IF EXISTS pg_trgm;
