// The XLSX export of a dashboard table, read back with exceljs: real numbers a formula can
// sum, number formats, a frozen header row, text kept as text, and the page's access rules.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { loader as overviewLoader } from "../../app/routes/dashboards._index/route";
import { loader as xlsxLoader } from "../../app/routes/dashboards.xlsx";
import { testDb } from "../helpers/db";
import { getRequest, settle } from "../helpers/requests";
import { dashboardOrganisation } from "./dashboards-fixtures";

let fx: Awaited<ReturnType<typeof dashboardOrganisation>>;
const call = (path: string, cookie: string) => settle(() => xlsxLoader({ request: getRequest(path, { cookie }), params: {}, context: {} }));

async function workbook(response: Response) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

beforeAll(async () => {
  fx = await dashboardOrganisation(testDb(), { audits: 200 });
});

describe("dashboard XLSX export", () => {
  it("holds the departments as numbers: the n column sums to the audits with a score", async () => {
    const query = "from=2025-01&to=2026-12";
    const response = (await call(`/dashboards/xlsx?view=overview&table=departments&${query}`, fx.org.cookies.leadership)) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="apzvalga-2025-01-2026-12-departments.xlsx"');
    const sheet = (await workbook(response)).worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(["Skyrius", "Vidurkis", "n", "95 % PI: apatinė riba"]);
    const page = (await overviewLoader({
      request: getRequest(`/dashboards?${query}`, { cookie: fx.org.cookies.leadership }),
      params: {},
      context: {},
    })) as Awaited<ReturnType<typeof overviewLoader>>;
    // A formula's view of the column: every value a number, and the sum is the total n.
    let sum = 0;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const n = sheet.getCell(r, 3).value;
      expect(typeof n).toBe("number");
      sum += n as number;
    }
    expect(sum).toBe(page.data.departments.reduce((s, d) => s + d.n, 0));
    expect(sum).toBe(page.data.total.n);
    // Formats: scores with one decimal, rates as percentages.
    expect(sheet.getColumn(2).numFmt).toBe("0.0");
    expect(sheet.getColumn(6).numFmt).toBe("0.0%");
    const rate = sheet.getCell(2, 6).value;
    expect(rate === null || (typeof rate === "number" && rate >= 0 && rate <= 1)).toBe(true);
  });

  it("keeps a name that looks like a formula as text", async () => {
    const response = (await call(
      `/dashboards/xlsx?view=department&id=${fx.org.own.id}&table=employees`,
      fx.org.cookies.supervisor,
    )) as Response;
    const sheet = (await workbook(response)).worksheets[0];
    const names = sheet.getColumn(2).values.slice(2);
    expect(names).toContain('=HYPERLINK("x") Bandomasis');
    for (let r = 1; r <= sheet.rowCount; r++) expect(sheet.getCell(r, 2).formula).toBeUndefined();
  });

  it("applies the page's access rules: 404 outside the scope, 403 for the role", async () => {
    expect(
      ((await call(`/dashboards/xlsx?view=department&id=${fx.org.other.id}&table=employees`, fx.org.cookies.supervisor)) as Response)
        .status,
    ).toBe(404);
    expect(((await call("/dashboards/xlsx?view=overview&table=trend", fx.org.cookies.supervisor)) as Response).status).toBe(403);
    expect(((await call("/dashboards/xlsx?view=overview&table=trend", fx.org.cookies.mystery_shopper)) as Response).status).toBe(403);
    expect(((await call("/dashboards/xlsx?view=overview&table=nope", fx.org.cookies.leadership)) as Response).status).toBe(404);
    expect(((await call("/dashboards/xlsx?view=overview&table=trend", "")) as Response).status).toBe(302);
  });
});
