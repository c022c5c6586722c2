-- Full-text search over card contents (/browse). A plain FTS5 table keyed by card_contents' rowid, kept in step
-- by triggers, so every writer (bank sync, personal cards, import, restore) updates it without knowing it exists.
-- `extra` holds the rest of a card's words: key points, options, code.
CREATE VIRTUAL TABLE `card_search` USING fts5(`prompt`, `answer`, `extra`, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
-- What is indexed of each card, said once: the triggers and the backfill below all read it from here.
CREATE VIEW `card_search_text` AS
	SELECT rowid AS `content_rowid`,
		json_extract(`source`, '$.prompt') AS `prompt`,
		json_extract(`source`, '$.answer') AS `answer`,
		concat_ws(' ',
			(SELECT group_concat(`value`, ' ') FROM json_each(`source`, '$.keyPoints')),
			(SELECT group_concat(json_extract(`value`, '$.text'), ' ') FROM json_each(`source`, '$.options')),
			json_extract(`source`, '$.code.source')) AS `extra`
	FROM `card_contents`;
--> statement-breakpoint
CREATE TRIGGER `card_search_insert` AFTER INSERT ON `card_contents` BEGIN
	INSERT INTO `card_search` (`rowid`, `prompt`, `answer`, `extra`)
		SELECT `content_rowid`, `prompt`, `answer`, `extra` FROM `card_search_text` WHERE `content_rowid` = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `card_search_update` AFTER UPDATE OF `source` ON `card_contents` BEGIN
	DELETE FROM `card_search` WHERE `rowid` = old.rowid;
	INSERT INTO `card_search` (`rowid`, `prompt`, `answer`, `extra`)
		SELECT `content_rowid`, `prompt`, `answer`, `extra` FROM `card_search_text` WHERE `content_rowid` = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `card_search_delete` AFTER DELETE ON `card_contents` BEGIN
	DELETE FROM `card_search` WHERE `rowid` = old.rowid;
END;
--> statement-breakpoint
INSERT INTO `card_search` (`rowid`, `prompt`, `answer`, `extra`)
	SELECT `content_rowid`, `prompt`, `answer`, `extra` FROM `card_search_text`;
--> statement-breakpoint
-- /browse's default order (soonest due first, new cards last), walked page by page instead of sorting every card.
-- The expression must match browse-cards.ts's SORT_KEYS.due exactly for SQLite to use it.
CREATE INDEX `cards_browse_due_idx` ON `cards` (coalesce(`due`, 8.64e15), `id`);
