-- One row per histogram holding its 64 bucket counts (bucket b at counts[b + 1]) instead of one
-- row per non-empty bucket. The bucket rows are folded into the new rows, not dropped.
ALTER TABLE "delivery_histograms" RENAME TO "delivery_histogram_buckets";--> statement-breakpoint
CREATE TABLE "delivery_histograms" (
	"basis" "estimate_basis" NOT NULL,
	"key" text NOT NULL,
	"from_status" "tracking_status" NOT NULL,
	"counts" integer[] NOT NULL,
	CONSTRAINT "delivery_histograms_basis_key_from_status_pk" PRIMARY KEY("basis","key","from_status"),
	CONSTRAINT "delivery_histograms_counts_buckets" CHECK (cardinality("delivery_histograms"."counts") = 64)
);
--> statement-breakpoint
INSERT INTO "delivery_histograms" ("basis", "key", "from_status", "counts")
SELECT k."basis", k."key", k."from_status", array_agg(coalesce(b."deliveries", 0) ORDER BY g."bucket")
FROM (SELECT DISTINCT "basis", "key", "from_status" FROM "delivery_histogram_buckets") k
CROSS JOIN generate_series(0, 63) AS g("bucket")
LEFT JOIN "delivery_histogram_buckets" b
	ON b."basis" = k."basis" AND b."key" = k."key" AND b."from_status" = k."from_status"
	AND b."bucket" = g."bucket"
GROUP BY k."basis", k."key", k."from_status";--> statement-breakpoint
DROP TABLE "delivery_histogram_buckets";
