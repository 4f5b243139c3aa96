CREATE TYPE "public"."estimate_basis" AS ENUM('LANE', 'CARRIER_DESTINATION', 'DESTINATION', 'STATUS');--> statement-breakpoint
CREATE TABLE "delivery_histograms" (
	"basis" "estimate_basis" NOT NULL,
	"key" text NOT NULL,
	"from_status" "tracking_status" NOT NULL,
	"bucket" smallint NOT NULL,
	"deliveries" integer NOT NULL,
	CONSTRAINT "delivery_histograms_basis_key_from_status_bucket_pk" PRIMARY KEY("basis","key","from_status","bucket")
);
--> statement-breakpoint
CREATE TABLE "delivery_records" (
	"shipment_id" integer PRIMARY KEY NOT NULL,
	"carrier" text NOT NULL,
	"origin_country" text,
	"destination_country" text,
	"first_event_at" timestamp (3) with time zone NOT NULL,
	"delivered_at" timestamp (3) with time zone NOT NULL,
	"estimate_basis" "estimate_basis",
	"estimate_earliest" timestamp (3) with time zone,
	"estimate_latest" timestamp (3) with time zone,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delivery_records" ADD CONSTRAINT "delivery_records_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delivery_records_delivered_idx" ON "delivery_records" USING btree ("delivered_at");