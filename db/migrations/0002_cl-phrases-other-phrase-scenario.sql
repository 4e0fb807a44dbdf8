ALTER TABLE `audit_answers` ADD `other_phrase_as` text;--> statement-breakpoint
ALTER TABLE `audits` ADD `scenario_key` text;--> statement-breakpoint
-- Answers recorded before the judgement existed: the stored value says how the item was
-- scored (other text could only leave it at yes or no), so the judgement that reproduces
-- that score is filled in and no published score changes. Unscored drafts stay unjudged.
UPDATE `audit_answers` SET `other_phrase_as` = CASE WHEN `value` = 1 THEN 'recommended' ELSE 'forbidden' END
WHERE `other_phrase` IS NOT NULL AND `value` IS NOT NULL;
