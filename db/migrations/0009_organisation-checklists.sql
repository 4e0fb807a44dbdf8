CREATE TABLE `organisation_checklists` (
	`org_id` integer NOT NULL,
	`checklist_id` text NOT NULL,
	`active` integer NOT NULL,
	PRIMARY KEY(`org_id`, `checklist_id`),
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
