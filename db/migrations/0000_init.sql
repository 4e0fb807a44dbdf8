CREATE TABLE `access_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`object` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `access_log_at` ON `access_log` (`at`);--> statement-breakpoint
CREATE TABLE `departments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `departments_code_unique` ON `departments` (`code`);--> statement-breakpoint
CREATE TABLE `employees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`position` text NOT NULL,
	`email` text,
	`department_id` integer NOT NULL,
	`user_id` integer,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employees_code_unique` ON `employees` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `employees_email_unique` ON `employees` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `employees_user_id_unique` ON `employees` (`user_id`);--> statement-breakpoint
CREATE INDEX `employees_department` ON `employees` (`department_id`,`last_name`,`first_name`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempts_key_at` ON `login_attempts` (`key`,`at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`ip` text,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `user_departments` (
	`user_id` integer NOT NULL,
	`department_id` integer NOT NULL,
	PRIMARY KEY(`user_id`, `department_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `user_departments_dept` ON `user_departments` (`department_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`locale` text DEFAULT 'lt' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `audit_answers` (
	`audit_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`section_key` text NOT NULL,
	`choice` text,
	`number` real,
	`phrases` text,
	`other_phrase` text,
	`comment` text,
	`value` real,
	PRIMARY KEY(`audit_id`, `item_key`),
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `audit_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`audit_id` integer NOT NULL,
	`at` integer NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`from_state` text,
	`to_state` text,
	`comment` text,
	`details` text,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_history_audit` ON `audit_history` (`audit_id`,`at`);--> statement-breakpoint
CREATE TABLE `audit_section_scores` (
	`audit_id` integer NOT NULL,
	`section_key` text NOT NULL,
	`score` real,
	PRIMARY KEY(`audit_id`, `section_key`),
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `audits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`checklist_id` text NOT NULL,
	`checklist_version_id` text NOT NULL,
	`audit_type` text NOT NULL,
	`channel` text NOT NULL,
	`department_id` integer NOT NULL,
	`employee_id` integer,
	`employee_resolution` text DEFAULT 'roster' NOT NULL,
	`unknown_employee_description` text,
	`auditor_id` integer,
	`inspection_id` integer,
	`state` text DEFAULT 'draft' NOT NULL,
	`interaction_at` integer NOT NULL,
	`location` text,
	`scenario` text,
	`overall_comment` text,
	`review_comment` text,
	`external_ref` text,
	`client_key` text,
	`score` real,
	`passed` integer,
	`critical_failure` integer DEFAULT false NOT NULL,
	`critical_items` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`submitted_at` integer,
	`published_at` integer,
	FOREIGN KEY (`checklist_id`) REFERENCES `checklists`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`checklist_version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`auditor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audits_external_ref_unique` ON `audits` (`external_ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `audits_client_key_unique` ON `audits` (`client_key`);--> statement-breakpoint
CREATE INDEX `audits_auditor_state` ON `audits` (`auditor_id`,`state`);--> statement-breakpoint
CREATE INDEX `audits_state_submitted` ON `audits` (`state`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `audits_department_state` ON `audits` (`department_id`,`state`,`interaction_at`);--> statement-breakpoint
CREATE INDEX `audits_employee_state` ON `audits` (`employee_id`,`state`,`interaction_at`);--> statement-breakpoint
CREATE INDEX `audits_inspection` ON `audits` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `checklist_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`checklist_id` text NOT NULL,
	`content` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`checklist_id`) REFERENCES `checklists`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `checklist_versions_checklist` ON `checklist_versions` (`checklist_id`);--> statement-breakpoint
CREATE TABLE `checklists` (
	`id` text PRIMARY KEY NOT NULL,
	`standard` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`current_version_id` text NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `inspection_attendance` (
	`inspection_id` integer NOT NULL,
	`employee_id` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	PRIMARY KEY(`inspection_id`, `employee_id`),
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`department_id` integer NOT NULL,
	`supervisor_id` integer NOT NULL,
	`appearance_checklist_id` text,
	`workplace_checklist_id` text,
	`state` text DEFAULT 'draft' NOT NULL,
	`inspected_at` integer NOT NULL,
	`client_key` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`submitted_at` integer,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supervisor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspections_client_key_unique` ON `inspections` (`client_key`);--> statement-breakpoint
CREATE TABLE `agg_items` (
	`month` text NOT NULL,
	`department_id` integer NOT NULL,
	`channel` text NOT NULL,
	`checklist_id` text NOT NULL,
	`audit_type` text NOT NULL,
	`item_key` text NOT NULL,
	`applicable` integer DEFAULT 0 NOT NULL,
	`yes` integer DEFAULT 0 NOT NULL,
	`partial` integer DEFAULT 0 NOT NULL,
	`no` integer DEFAULT 0 NOT NULL,
	`na` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`month`, `department_id`, `channel`, `checklist_id`, `audit_type`, `item_key`)
);
--> statement-breakpoint
CREATE INDEX `agg_items_department` ON `agg_items` (`department_id`,`month`);--> statement-breakpoint
CREATE TABLE `agg_scores` (
	`month` text NOT NULL,
	`department_id` integer NOT NULL,
	`employee_id` integer NOT NULL,
	`channel` text NOT NULL,
	`checklist_id` text NOT NULL,
	`audit_type` text NOT NULL,
	`audits` integer DEFAULT 0 NOT NULL,
	`scored` integer DEFAULT 0 NOT NULL,
	`sum_score` real DEFAULT 0 NOT NULL,
	`sum_sq_score` real DEFAULT 0 NOT NULL,
	`critical_failures` integer DEFAULT 0 NOT NULL,
	`passes` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`month`, `department_id`, `employee_id`, `channel`, `checklist_id`, `audit_type`)
);
--> statement-breakpoint
CREATE INDEX `agg_scores_department` ON `agg_scores` (`department_id`,`month`);--> statement-breakpoint
CREATE INDEX `agg_scores_employee` ON `agg_scores` (`employee_id`,`month`);