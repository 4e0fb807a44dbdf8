CREATE TABLE `autocheck_suggestions` (
	`audit_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`checklist_id` text NOT NULL,
	`answer` text NOT NULL,
	`number` real,
	`evidence` text NOT NULL,
	`created_at` integer NOT NULL,
	`outcome` text,
	`final_choice` text,
	PRIMARY KEY(`audit_id`, `item_key`),
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `autocheck_suggestions_item` ON `autocheck_suggestions` (`checklist_id`,`item_key`);