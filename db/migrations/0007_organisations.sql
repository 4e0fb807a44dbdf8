-- Organisations (issue 16). Written by hand: SQLite cannot add a NOT NULL column with a
-- foreign key, so departments, employees and audits are rebuilt with org_id. A database
-- that already holds data gets one organisation ("Organizacija", code ORG; `migrate
-- --org-name` renames it), and everything goes into it. Foreign keys are checked once,
-- after the migration (migrateDatabase turns them off while it runs).
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`legal_code` text,
	`address` text,
	`contact` text,
	`standards` text NOT NULL,
	`pass_mark` integer,
	`ranking_minimum` integer DEFAULT 3 NOT NULL,
	`score_target` integer,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_code_unique` ON `organisations` (`code`);--> statement-breakpoint
INSERT INTO `organisations` (`code`, `name`, `standards`, `ranking_minimum`)
  SELECT 'ORG', 'Organizacija', '["VMB","KMSA"]',
    coalesce((SELECT CAST(`value` AS integer) FROM `settings` WHERE `key` = 'min_audits_for_ranking'), 3)
  WHERE EXISTS (SELECT 1 FROM `users`) OR EXISTS (SELECT 1 FROM `departments`) OR EXISTS (SELECT 1 FROM `audits`);--> statement-breakpoint
CREATE TABLE `user_organisations` (
	`user_id` integer NOT NULL,
	`org_id` integer NOT NULL,
	PRIMARY KEY(`user_id`, `org_id`),
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `users` ADD `org_id` integer REFERENCES organisations(id);--> statement-breakpoint
UPDATE `users` SET `org_id` = (SELECT min(`id`) FROM `organisations`);--> statement-breakpoint
ALTER TABLE `access_log` ADD `org_id` integer REFERENCES organisations(id);--> statement-breakpoint
UPDATE `access_log` SET `org_id` = (SELECT min(`id`) FROM `organisations`);--> statement-breakpoint
CREATE TABLE `__new_departments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_departments` (org_id, id, code, name, active, created_at, updated_at) SELECT (SELECT min(`id`) FROM `organisations`), id, code, name, active, created_at, updated_at FROM `departments`;--> statement-breakpoint
DROP TABLE `departments`;--> statement-breakpoint
ALTER TABLE `__new_departments` RENAME TO `departments`;--> statement-breakpoint
CREATE UNIQUE INDEX `departments_org_code` ON `departments` (`org_id`,`code`);--> statement-breakpoint
CREATE TABLE `__new_employees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
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
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_employees` (org_id, id, code, first_name, last_name, position, email, department_id, user_id, active, created_at, updated_at) SELECT (SELECT min(`id`) FROM `organisations`), id, code, first_name, last_name, position, email, department_id, user_id, active, created_at, updated_at FROM `employees`;--> statement-breakpoint
DROP TABLE `employees`;--> statement-breakpoint
ALTER TABLE `__new_employees` RENAME TO `employees`;--> statement-breakpoint
CREATE UNIQUE INDEX `employees_user_id_unique` ON `employees` (`user_id`);--> statement-breakpoint
CREATE INDEX `employees_department` ON `employees` (`department_id`,`last_name`,`first_name`);--> statement-breakpoint
CREATE UNIQUE INDEX `employees_org_code` ON `employees` (`org_id`,`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `employees_org_email` ON `employees` (`org_id`,`email`);--> statement-breakpoint
CREATE TABLE `__new_audits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`checklist_id` text NOT NULL,
	`checklist_version_id` text NOT NULL,
	`audit_type` text NOT NULL,
	`channel` text NOT NULL,
	`org_id` integer NOT NULL,
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
	`scenario_key` text,
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
	`calibration` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`checklist_id`) REFERENCES `checklists`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`checklist_version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`auditor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_audits` (org_id, id, checklist_id, checklist_version_id, audit_type, channel, department_id, employee_id, employee_resolution, unknown_employee_description, auditor_id, inspection_id, state, interaction_at, location, scenario, overall_comment, review_comment, external_ref, client_key, score, passed, critical_failure, critical_items, created_at, updated_at, submitted_at, published_at, scenario_key, calibration) SELECT (SELECT min(`id`) FROM `organisations`), id, checklist_id, checklist_version_id, audit_type, channel, department_id, employee_id, employee_resolution, unknown_employee_description, auditor_id, inspection_id, state, interaction_at, location, scenario, overall_comment, review_comment, external_ref, client_key, score, passed, critical_failure, critical_items, created_at, updated_at, submitted_at, published_at, scenario_key, calibration FROM `audits`;--> statement-breakpoint
DROP TABLE `audits`;--> statement-breakpoint
ALTER TABLE `__new_audits` RENAME TO `audits`;--> statement-breakpoint
CREATE UNIQUE INDEX `audits_client_key_unique` ON `audits` (`client_key`);--> statement-breakpoint
CREATE INDEX `audits_auditor_state` ON `audits` (`auditor_id`,`state`);--> statement-breakpoint
CREATE INDEX `audits_state_submitted` ON `audits` (`state`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `audits_department_state` ON `audits` (`department_id`,`state`,`interaction_at`);--> statement-breakpoint
CREATE INDEX `audits_employee_state` ON `audits` (`employee_id`,`state`,`interaction_at`);--> statement-breakpoint
CREATE INDEX `audits_inspection` ON `audits` (`inspection_id`);--> statement-breakpoint
CREATE INDEX `audits_org_interaction` ON `audits` (`org_id`,`interaction_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `audits_org_external_ref` ON `audits` (`org_id`,`external_ref`);--> statement-breakpoint
DELETE FROM `settings` WHERE `key` = 'min_audits_for_ranking';
