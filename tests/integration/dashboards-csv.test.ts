// The CSV export of every dashboard table: Excel-with-Lithuanian-settings format, formula
// safety, exactly the cells of the page's table, and the same access rules as the page.
import { beforeAll, describe, expect, it } from "vitest";
import { formatDate, formatNumber, makeT } from "../../app/i18n";
import { overviewTables, departmentTables } from "../../app/domain/dashboards/view-tables";
import { tableText } from "../../app/domain/dashboards/tables";
import { exportCsvRows, exportTable } from "../../app/domain/dashboards/export";
import type { Fmt } from "../../app/domain/dashboards/format";
import { filterSearch } from "../../app/domain/dashboards/filters";
import { loader as csvLoader } from "../../app/routes/dashboards.csv";
import { loader as overviewLoader } from "../../app/routes/dashboards._index/route";
import { loader as departmentLoader } from "../../app/routes/dashboards.departments.$id/route";
import { testDb } from "../helpers/db";
import { getRequest, settle } from "../helpers/requests";
import { dashboardOrganisation } from "./dashboards-fixtures";

let fx: Awaited<ReturnType<typeof dashboardOrganisation>>;
const lt: Fmt = { locale: "lt", t: makeT("lt"), number: (v, d) => formatNumber("lt", v, d), date: (ms) => formatDate("lt", ms) };
const call = (path: string, cookie: string) => settle(() => csvLoader({ request: getRequest(path, { cookie }), params: {}, context: {} }));

/** Parses our own CSV output (quoted cells with "" escapes; ';' separator; CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ";") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

beforeAll(async () => {
  fx = await dashboardOrganisation(testDb(), { audits: 200 });
});

describe("dashboard CSV export", () => {
  it("is UTF-8 with a BOM, ';'-separated, an attachment, and holds exactly the page's departments table", async () => {
    const query = "from=2025-01&to=2026-12";
    const response = (await call(`/dashboards/csv?view=overview&table=departments&${query}`, fx.org.cookies.leadership)) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="apzvalga-2025-01-2026-12-departments\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    const rows = parseCsv(text);
    // Numbers as numbers: an interval is two columns, a rate a decimal.
    expect(rows[0]).toEqual([
      "Skyrius",
      "Vidurkis",
      "n",
      "95 % PI: apatinė riba",
      "95 % PI: viršutinė riba",
      "Atitiko",
      "Atitiko, 95 % PI: apatinė riba",
      "Atitiko, 95 % PI: viršutinė riba",
      "Kritiniai neatitikimai",
      "Palyginti su vidurkiu",
      "Kontrolinės ribos",
    ]);
    // The same cells the page renders from its loader data.
    const page = (await overviewLoader({
      request: getRequest(`/dashboards?${query}`, { cookie: fx.org.cookies.leadership }),
      params: {},
      context: {},
    })) as Awaited<ReturnType<typeof overviewLoader>>;
    expect(rows).toEqual(exportCsvRows(exportTable(overviewTables(lt, page.data, filterSearch(page.filters)).departments)));
    // Decimal commas, as Lithuanian Excel expects, and no text in the numeric columns.
    expect(rows.slice(1).some((r) => /^\d+,\d+$/.test(r[1]))).toBe(true);
    for (const r of rows.slice(1)) {
      for (const cell of r.slice(1, 9)) expect(cell).toMatch(/^(\d+(,\d+)?)?$/);
      const [low, high, rate] = [r[3], r[4], r[5]].map((c) => Number(c.replace(",", ".")));
      if (r[3]) expect(low).toBeLessThanOrEqual(high);
      if (r[5]) expect(rate).toBeLessThanOrEqual(1);
    }
    // The shown figures are the exported numbers, rounded.
    const shown = tableText(overviewTables(lt, page.data, filterSearch(page.filters)).departments);
    expect(shown[1][1]).toBe(rows[1][1] ? formatNumber("lt", Number(rows[1][1].replace(",", ".")), 1) : "—");
  });

  it("neutralises cells that would run as formulas (an employee named '=HYPERLINK(…)')", async () => {
    const response = (await call(
      `/dashboards/csv?view=department&id=${fx.org.own.id}&table=employees`,
      fx.org.cookies.supervisor,
    )) as Response;
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain(`'=HYPERLINK(""x"") Bandomasis`);
    expect(text).not.toMatch(/(^|;|\n)"?=HYPERLINK/);
    const page = (await departmentLoader({
      request: getRequest("/", { cookie: fx.org.cookies.supervisor }),
      params: { id: String(fx.org.own.id) },
      context: {},
    })) as Awaited<ReturnType<typeof departmentLoader>>;
    const shown = tableText(departmentTables(lt, page.data, filterSearch(page.filters)).employees);
    expect(parseCsv(text.replace(/^\uFEFF/, "")).length).toBe(shown.length);
  });

  it("every table of every view downloads for leadership", async () => {
    const c = fx.org.cookies.leadership;
    const views: [string, string[]][] = [
      ["view=overview", ["trend", "counts", "departments", "rules"]],
      ["view=channels", ["channels", "rules", "trend"]],
      [`view=department&id=${fx.org.own.id}`, ["trend", "employees", "heat", "audits"]],
      [`view=employee&id=${fx.me.id}`, ["trend", "sections", "rules", "audits"]],
    ];
    for (const [view, tables] of views)
      for (const table of tables) {
        const r = (await call(`/dashboards/csv?${view}&table=${table}`, c)) as Response;
        expect(r.status, `${view} ${table}`).toBe(200);
      }
    expect(((await call("/dashboards/csv?view=overview&table=nope", c)) as Response).status).toBe(404);
    expect(((await call("/dashboards/csv?view=secret&table=trend", c)) as Response).status).toBe(404);
  });

  it("applies the page's access rules: 404 outside the scope, 403 for the role", async () => {
    const other = `/dashboards/csv?view=department&id=${fx.org.other.id}&table=employees`;
    expect(((await call(other, fx.org.cookies.supervisor)) as Response).status).toBe(404);
    expect(
      ((await call(`/dashboards/csv?view=employee&id=${fx.colleague.id}&table=audits`, fx.org.cookies.employee)) as Response).status,
    ).toBe(404);
    expect(((await call(`/dashboards/csv?view=employee&id=${fx.me.id}&table=audits`, fx.org.cookies.employee)) as Response).status).toBe(
      200,
    );
    expect(((await call("/dashboards/csv?view=overview&table=trend", fx.org.cookies.supervisor)) as Response).status).toBe(403);
    expect(((await call("/dashboards/csv?view=overview&table=trend", fx.org.cookies.mystery_shopper)) as Response).status).toBe(403);
    const anonymous = (await call("/dashboards/csv?view=overview&table=trend", "")) as Response;
    expect(anonymous.status).toBe(302);
  });
});
