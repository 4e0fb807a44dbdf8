CREATE TABLE `audit_acknowledgements` (
	`audit_id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `dispute_items` (
	`dispute_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`original` text NOT NULL,
	`proposed` text NOT NULL,
	`reason` text NOT NULL,
	`outcome` text,
	`corrected` text,
	`decision_reason` text,
	PRIMARY KEY(`dispute_id`, `item_key`),
	FOREIGN KEY (`dispute_id`) REFERENCES `disputes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `dispute_items_key` ON `dispute_items` (`item_key`,`outcome`);--> statement-breakpoint
CREATE TABLE `disputes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`audit_id` integer NOT NULL,
	`org_id` integer NOT NULL,
	`department_id` integer NOT NULL,
	`employee_id` integer NOT NULL,
	`opened_by` integer NOT NULL,
	`opened_at` integer NOT NULL,
	`opinion` text,
	`opinion_by` integer,
	`opinion_at` integer,
	`decided_by` integer,
	`decided_at` integer,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opened_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opinion_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `disputes_audit_id_unique` ON `disputes` (`audit_id`);--> statement-breakpoint
CREATE INDEX `disputes_org_decided` ON `disputes` (`org_id`,`decided_at`);--> statement-breakpoint
CREATE INDEX `disputes_employee` ON `disputes` (`employee_id`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`params` text NOT NULL,
	`link` text NOT NULL,
	`created_at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_user` ON `notifications` (`user_id`,`read_at`,`created_at`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `dispute_window_days` integer DEFAULT 10 NOT NULL;