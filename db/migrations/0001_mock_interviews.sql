CREATE TABLE `mock_answers` (
	`session_id` text NOT NULL,
	`position` integer NOT NULL,
	`card_id` text NOT NULL,
	`skipped` integer NOT NULL,
	`flagged` integer NOT NULL,
	`score` real NOT NULL,
	`response` text NOT NULL,
	`duration_ms` integer NOT NULL,
	`answered_at` integer NOT NULL,
	`review_log_id` text,
	PRIMARY KEY(`session_id`, `position`),
	FOREIGN KEY (`session_id`) REFERENCES `mock_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`card_id`) REFERENCES `cards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`review_log_id`) REFERENCES `review_logs`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `mock_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`areas` text NOT NULL,
	`subtopics` text NOT NULL,
	`level_mix` text NOT NULL,
	`time_budget_ms` integer,
	`seed` integer NOT NULL,
	`practice_only` integer NOT NULL,
	`card_ids` text NOT NULL,
	`status` text NOT NULL,
	`ended_at` integer
);
--> statement-breakpoint
CREATE INDEX `mock_sessions_created_idx` ON `mock_sessions` (`created_at`);