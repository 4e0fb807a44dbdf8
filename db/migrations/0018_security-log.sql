CREATE TABLE `security_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`org_id` integer,
	`type` text NOT NULL,
	`user_id` integer,
	`actor_id` integer,
	`ip` text,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `security_events_org_at` ON `security_events` (`org_id`,`at`);--> statement-breakpoint
CREATE INDEX `security_events_user` ON `security_events` (`user_id`);--> statement-breakpoint
CREATE TRIGGER `security_events_no_update` BEFORE UPDATE ON `security_events`
BEGIN
	SELECT RAISE(ABORT, 'security_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `security_events_no_delete` BEFORE DELETE ON `security_events`
BEGIN
	SELECT RAISE(ABORT, 'security_events is append-only');
END;
