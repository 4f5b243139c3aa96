ALTER TYPE "public"."match_method" ADD VALUE 'CARRIER_CODE' BEFORE 'EXACT';--> statement-breakpoint
ALTER TABLE "tracking_events" ADD COLUMN "carrier_code" text;