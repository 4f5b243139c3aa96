CREATE TYPE "public"."tracking_status" AS ENUM('INFO_RECEIVED', 'IN_TRANSIT', 'ARRIVED_AT_DESTINATION', 'HELD_BY_CUSTOMS', 'OUT_FOR_DELIVERY', 'WAITING_FOR_PICKUP', 'DELIVERED', 'RETURNED_TO_SENDER', 'EXCEPTION', 'UNKNOWN');--> statement-breakpoint
CREATE TABLE "faq_questions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "faq_questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"position" integer NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"edited_at" timestamp with time zone,
	"search_config" "regconfig" NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(search_config, title), 'A') || setweight(to_tsvector(search_config, body), 'B')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "status_aliases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "status_aliases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"status" "tracking_status" NOT NULL,
	"locale" text NOT NULL,
	"phrase" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "status_definitions" (
	"code" "tracking_status" PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"action_required" boolean NOT NULL,
	"terminal" boolean NOT NULL,
	"stale_after_days" integer,
	"mappings" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "status_question_links" (
	"status" "tracking_status" NOT NULL,
	"question_slug" text NOT NULL,
	CONSTRAINT "status_question_links_status_question_slug_pk" PRIMARY KEY("status","question_slug")
);
--> statement-breakpoint
CREATE TABLE "status_texts" (
	"code" "tracking_status" NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"meaning" text NOT NULL,
	"guidance" text NOT NULL,
	"next_steps" jsonb NOT NULL,
	CONSTRAINT "status_texts_code_locale_pk" PRIMARY KEY("code","locale")
);
--> statement-breakpoint
ALTER TABLE "status_texts" ADD CONSTRAINT "status_texts_code_status_definitions_code_fk" FOREIGN KEY ("code") REFERENCES "public"."status_definitions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "faq_questions_locale_slug_uq" ON "faq_questions" USING btree ("locale","slug");--> statement-breakpoint
CREATE INDEX "faq_questions_locale_position_idx" ON "faq_questions" USING btree ("locale","position","id");--> statement-breakpoint
CREATE INDEX "faq_questions_search_idx" ON "faq_questions" USING gin ("search");--> statement-breakpoint
CREATE INDEX "faq_questions_title_trgm_idx" ON "faq_questions" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "status_aliases_locale_phrase_uq" ON "status_aliases" USING btree ("locale",lower("phrase"));--> statement-breakpoint
CREATE INDEX "status_question_links_slug_idx" ON "status_question_links" USING btree ("question_slug");