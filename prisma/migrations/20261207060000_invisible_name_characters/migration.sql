-- Names stored before cleanUserText removed the soft hyphen (U+00AD), the zero-width space
-- (U+200B) and the word joiner (U+2060) (lib/validation/text.ts) lose them now, as a name typed
-- today would: invisible, they kept "Lund<U+200B>qvist" from every search for "lundqvist". The
-- searchName triggers refold the renamed rows. chr() rather than escapes: the same on every server.
UPDATE "Candidate" SET name = regexp_replace(name, '[' || chr(173) || chr(8203) || chr(8288) || ']', '', 'g')
WHERE name ~ ('[' || chr(173) || chr(8203) || chr(8288) || ']');
UPDATE "User" SET name = regexp_replace(name, '[' || chr(173) || chr(8203) || chr(8288) || ']', '', 'g')
WHERE name ~ ('[' || chr(173) || chr(8203) || chr(8288) || ']');
