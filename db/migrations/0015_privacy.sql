CREATE TABLE `anonymisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`employee_id` integer NOT NULL,
	`at` integer NOT NULL,
	`by_user_id` integer,
	`reason` text NOT NULL,
	`account_id` integer,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`account_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `anonymisations_employee_id_unique` ON `anonymisations` (`employee_id`);--> statement-breakpoint
CREATE INDEX `anonymisations_org_at` ON `anonymisations` (`org_id`,`at`);--> statement-breakpoint
CREATE TABLE `retention_settings` (
	`org_id` integer PRIMARY KEY NOT NULL,
	`audits_months` integer,
	`access_log_months` integer NOT NULL,
	`leavers_months` integer NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
