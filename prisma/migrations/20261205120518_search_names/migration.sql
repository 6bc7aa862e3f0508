-- AlterTable
ALTER TABLE "User" ADD COLUMN     "searchName" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "searchName" TEXT NOT NULL DEFAULT '';

-- Name search that ignores accents (lib/search/name-search.ts builds the same table and
-- tests/unit/name-search.test.ts compares the two): "garcia" finds "García". One letter for one,
-- so translate() does it; the case is left to ILIKE, as before.
CREATE FUNCTION "search_fold"(name TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  -- Most names are plain ASCII: they skip translate(), which costs about 15 us a name. Marks
  -- left over (a letter with two marks that has no precomposed form, a name typed decomposed) go,
  -- so do apostrophes ("obrien" finds O'Brien), and runs of spaces become one.
  SELECT regexp_replace(regexp_replace(
    CASE WHEN name !~ '[^\x01-\x7e]' THEN name ELSE regexp_replace(translate(name,
    'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžȘșȚțẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ',
    'AAAAAACEEEEIIIINOOOOOOUUUUYaaaaaaceeeeiiiinoooooouuuuyyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzSsTtAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy'), '[\u0300-\u036f]', '', 'g') END,
    '[''’‘ʼ`´]', '', 'g'), '[ \t\n\r]+', ' ', 'g')
$$;

-- Kept by the database, so no writer can forget it (a CSV import, the erasure, a rename).
CREATE FUNCTION "set_search_name"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchName" := "search_fold"(NEW.name);
  RETURN NEW;
END;
$$;

CREATE TRIGGER "User_search_name" BEFORE INSERT OR UPDATE OF name, "searchName" ON "User"
  FOR EACH ROW EXECUTE FUNCTION "set_search_name"();
CREATE TRIGGER "Candidate_search_name" BEFORE INSERT OR UPDATE OF name, "searchName" ON "Candidate"
  FOR EACH ROW EXECUTE FUNCTION "set_search_name"();

UPDATE "User" SET "searchName" = "search_fold"(name);
UPDATE "Candidate" SET "searchName" = "search_fold"(name);
