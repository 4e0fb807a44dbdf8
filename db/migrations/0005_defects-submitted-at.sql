-- Publishing a submitted audit used to overwrite submitted_at with the publication time.
-- Restore it from the append-only history: the last submission before the audit was
-- published. Audits published straight from a draft (inspections), imported or generated
-- ones have no "published from submitted" entry and keep their times.
UPDATE `audits`
SET `submitted_at` = coalesce((
  SELECT max(`h`.`at`) FROM `audit_history` `h`
  WHERE `h`.`audit_id` = `audits`.`id` AND `h`.`to_state` = 'submitted'
    AND `h`.`at` <= (
      SELECT min(`p`.`at`) FROM `audit_history` `p`
      WHERE `p`.`audit_id` = `audits`.`id` AND `p`.`action` = 'published' AND `p`.`from_state` = 'submitted'
    )
), `submitted_at`)
WHERE `state` = 'published'
  AND `id` IN (SELECT `audit_id` FROM `audit_history` WHERE `action` = 'published' AND `from_state` = 'submitted');
