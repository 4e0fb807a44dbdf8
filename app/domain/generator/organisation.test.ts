import { describe, expect, it } from "vitest";
import { emailLocal, FEMALE_FIRST, femaleSurname, MALE_FIRST, randomPerson } from "./names";
import { departmentCode, generateOrganisation } from "./organisation";
import { mulberry32 } from "./prng";

describe("Lithuanian names", () => {
  it("derives women's surnames from men's", () => {
    expect(femaleSurname("Kazlauskas", true)).toBe("Kazlauskienė");
    expect(femaleSurname("Kazlauskas", false)).toBe("Kazlauskaitė");
    expect(femaleSurname("Petraitis", true)).toBe("Petraitienė");
    expect(femaleSurname("Petraitis", false)).toBe("Petraitytė");
    expect(femaleSurname("Stankevičius", true)).toBe("Stankevičienė");
    expect(femaleSurname("Stankevičius", false)).toBe("Stankevičiūtė");
    expect(femaleSurname("Butkus", false)).toBe("Butkutė");
    expect(femaleSurname("Kairys", true)).toBe("Kairienė");
    expect(femaleSurname("Juška", true)).toBe("Juška");
  });

  it("gives women women's surnames and men men's", () => {
    const rng = mulberry32(1);
    for (let i = 0; i < 500; i++) {
      const p = randomPerson(rng);
      if (p.gender === "female") {
        expect(FEMALE_FIRST).toContain(p.firstName);
        expect(p.lastName).toMatch(/(ienė|aitė|ytė|iūtė|utė|a|ė)$/);
      } else {
        expect(MALE_FIRST).toContain(p.firstName);
        expect(p.lastName).toMatch(/(as|is|ys|us|a|ė)$/);
      }
    }
  });

  it("makes ascii e-mail names", () => {
    expect(emailLocal({ firstName: "Žygimantas", lastName: "Šukys", gender: "male" })).toBe("zygimantas.sukys");
    expect(emailLocal({ firstName: "Eglė", lastName: "Čepulienė", gender: "female" })).toBe("egle.cepuliene");
  });
});

describe("generated organisation", () => {
  it("is the same for the same seed", () => {
    expect(generateOrganisation(3, 8, 60)).toEqual(generateOrganisation(3, 8, 60));
    expect(generateOrganisation(4, 8, 60)).not.toEqual(generateOrganisation(3, 8, 60));
  });

  it("has the asked numbers of departments and employees, everyone placed", () => {
    const org = generateOrganisation(1, 45, 400);
    expect(org.departments).toHaveLength(45);
    expect(org.employees).toHaveLength(400);
    const sizes = org.departments.map((d) => org.employees.filter((e) => e.departmentIndex === d.index).length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
    expect(new Set(org.departments.map((d) => d.code)).size).toBe(45);
    expect(new Set(org.departments.map((d) => d.name)).size).toBe(45);
    expect(() => generateOrganisation(1, 5, 4)).toThrow();
  });

  it("uses Lithuanian department names with short codes and gendered positions", () => {
    const org = generateOrganisation(2, 6, 40);
    expect(org.departments[0].name).toBe("Klientų aptarnavimo skyrius");
    expect(departmentCode("Klientų aptarnavimo skyrius")).toBe("KAS");
    expect(departmentCode("Antakalnio seniūnija")).toBe("ANS");
    expect(departmentCode("Mokėjimų ir skolų administravimo skyrius")).toBe("MSAS");
    for (const e of org.employees) {
      if (e.gender === "female") expect(e.position).toMatch(/(ė|a)$/);
      else expect(e.position).toMatch(/(as|is|ys|us)$/);
    }
  });
});
