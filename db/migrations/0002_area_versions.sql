CREATE TABLE `area_versions` (
	`area` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `cards_area_idx`;--> statement-breakpoint
CREATE INDEX `cards_area_idx` ON `cards` (`area`,`subtopic`,`state`,`retired_at`,`stability`,`difficulty`,`last_review`,`due`);
--> statement-breakpoint
CREATE TRIGGER `cards_area_version_insert` AFTER INSERT ON `cards` BEGIN
	INSERT INTO `area_versions` (`area`, `version`) VALUES (new.`area`, 1)
		ON CONFLICT (`area`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cards_area_version_update`
AFTER UPDATE OF `area`, `retired_at`, `state`, `due`, `stability`, `difficulty`, `scheduled_days`, `learning_steps`,
	`reps`, `lapses`, `last_review` ON `cards` BEGIN
	INSERT INTO `area_versions` (`area`, `version`) VALUES (old.`area`, 1)
		ON CONFLICT (`area`) DO UPDATE SET `version` = `version` + 1;
	INSERT INTO `area_versions` (`area`, `version`) SELECT new.`area`, 1 WHERE new.`area` != old.`area`
		ON CONFLICT (`area`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cards_area_version_delete` AFTER DELETE ON `cards` BEGIN
	INSERT INTO `area_versions` (`area`, `version`) VALUES (old.`area`, 1)
		ON CONFLICT (`area`) DO UPDATE SET `version` = `version` + 1;
END;
