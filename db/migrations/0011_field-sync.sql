ALTER TABLE `audits` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `audits` ADD `submit_key` text;