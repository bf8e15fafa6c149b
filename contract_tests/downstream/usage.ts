// A TypeScript consumer of the exported specs (`tox -e downstream`, scripts/downstream.py).
//
// openapi-typescript turns the onet.json and careeronestop.json written by `scripts/build.py --export`
// into types; the module names "@dol-specs/onet" and "@dol-specs/careeronestop" are mapped to them by the
// tsconfig that scripts/downstream.py writes. Types are taken from operations by operationId, not by schema
// name, so renaming a component schema in openapi/ does not break this file; renaming an operation or a
// field does.
// Each `@ts-expect-error` proves a type is precise: it fails if the generated type degrades to `any`.

import type { operations as CareerOneStopOperations } from "@dol-specs/careeronestop";
import type { operations as OnetOperations } from "@dol-specs/onet";

// ---- O*NET: a paged listing (start/end/total envelope plus an `occupation` array) ----

export type StemOccupationPage =
  OnetOperations["list_all_stem_occupations"]["responses"][200]["content"]["application/json"];
export type StemOccupation = StemOccupationPage["occupation"][number];

export function describeStemPage(page: StemOccupationPage): string[] {
  const total: number = page.total;
  const lines = [`results ${page.start}-${page.end} of ${total}`];
  for (const occupation of page.occupation) {
    const code: string = occupation.code;
    lines.push(`${code} ${occupation.title}`);
  }
  return lines;
}

/** The `start` parameter of the following page, or undefined on the last page. */
export function nextStart(page: StemOccupationPage): number | undefined {
  return page.end < page.total ? page.end + 1 : undefined;
}

export type StemQuery = NonNullable<OnetOperations["list_all_stem_occupations"]["parameters"]["query"]>;
export const secondPage: StemQuery = { start: 21, end: 40 };

// @ts-expect-error `total` is a number
export const wrongTotal: string = ({} as StemOccupationPage).total;

// ---- CareerOneStop: Get Occupation Details ----

export type OccupationDetails =
  CareerOneStopOperations["get_occupation_details"]["responses"][200]["content"]["application/json"];
export type OccupationDetail = NonNullable<OccupationDetails["OccupationDetail"]>[number];

export function occupationTitles(details: OccupationDetails): string[] {
  const titles: string[] = [];
  for (const occupation of details.OccupationDetail ?? []) {
    titles.push(`${occupation.OnetCode ?? "?"} ${occupation.OnetTitle ?? ""}`.trim());
  }
  return titles;
}

// @ts-expect-error `OnetTitle` is a string
export const wrongTitle: number = ({} as OccupationDetail).OnetTitle;
