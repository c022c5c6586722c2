CREATE TABLE `app_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "app_settings_single_row" CHECK("app_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `card_contents` (
	`card_id` text PRIMARY KEY NOT NULL,
	`content_hash` text NOT NULL,
	`source` text NOT NULL,
	`rendered` text NOT NULL,
	`source_file` text,
	`source_line` integer,
	FOREIGN KEY (`card_id`) REFERENCES `cards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `cards` (
	`id` text PRIMARY KEY NOT NULL,
	`area` text NOT NULL,
	`subtopic` text NOT NULL,
	`level` text NOT NULL,
	`format` text NOT NULL,
	`origin` text DEFAULT 'bank' NOT NULL,
	`new_position` real DEFAULT 0 NOT NULL,
	`retired_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`state` text DEFAULT 'new' NOT NULL,
	`due` integer,
	`stability` real DEFAULT 0 NOT NULL,
	`difficulty` real DEFAULT 0 NOT NULL,
	`scheduled_days` integer DEFAULT 0 NOT NULL,
	`learning_steps` integer DEFAULT 0 NOT NULL,
	`reps` integer DEFAULT 0 NOT NULL,
	`lapses` integer DEFAULT 0 NOT NULL,
	`last_review` integer
);
--> statement-breakpoint
CREATE INDEX `cards_due_idx` ON `cards` (`state`,`due`);--> statement-breakpoint
CREATE INDEX `cards_new_idx` ON `cards` (`state`,`new_position`);--> statement-breakpoint
CREATE INDEX `cards_area_idx` ON `cards` (`area`,`subtopic`,`state`);--> statement-breakpoint
CREATE TABLE `review_logs` (
	`id` text PRIMARY KEY NOT NULL,
	`card_id` text NOT NULL,
	`rating` integer NOT NULL,
	`source` text NOT NULL,
	`reviewed_at` integer NOT NULL,
	`duration_ms` integer NOT NULL,
	`state_before` text,
	`state_after` text NOT NULL,
	FOREIGN KEY (`card_id`) REFERENCES `cards`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "review_logs_rating_check" CHECK("review_logs"."rating" between 1 and 4)
);
--> statement-breakpoint
CREATE INDEX `review_logs_card_idx` ON `review_logs` (`card_id`,`reviewed_at`);--> statement-breakpoint
CREATE INDEX `review_logs_time_idx` ON `review_logs` (`reviewed_at`);