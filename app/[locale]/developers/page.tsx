import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { describeParameterValues, listApiOperations, tryParameters } from "@/lib/domain/public-api/api-reference";
import { buildOpenApiDocument } from "@/lib/domain/public-api/openapi";
import { publicApiLimit } from "@/lib/domain/rate-limit-policy";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { ClientMessages } from "../_components/client-messages";
import { TryRequest } from "./try-request";

// The API reference, rendered from the same OpenAPI document /api/v1/openapi.json serves (no
// third-party viewer: nothing may be downloaded at run time), with the prose in both languages.

const RULES = ["base", "privacy", "pagination", "caching", "cors", "limit", "errors"] as const;
const linkClass = "text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-300";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "api.developers" });
  return { title: t("metaTitle") };
}

export default async function DevelopersPage({ params }: { params: Promise<{ locale: string }> }) {
  resolvePageLocale((await params).locale);
  const t = await getTranslations("api.developers");
  const document = buildOpenApiDocument();
  const operations = listApiOperations(document);

  return (
    <ClientMessages paths={["api.developers.try"]}>
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">{t("lead")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <a href="/api/v1/openapi.json" className={linkClass}>
              {t("documentLink")}
            </a>
          </li>
          <li>
            <Link href="/developers/exports" className={linkClass}>
              {t("exportsLink")}
            </Link>
          </li>
        </ul>
      </div>

      <section aria-labelledby="api-rules" className="space-y-2">
        <h2 id="api-rules" className="text-xl font-semibold">
          {t("rulesTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
          {RULES.map((rule) => (
            <li key={rule}>{t(`rules.${rule}`, { limit: publicApiLimit.limit })}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="api-endpoints" className="space-y-4">
        <h2 id="api-endpoints" className="text-xl font-semibold">
          {t("endpointsTitle")}
        </h2>
        {operations.map(({ path, operation }) => {
          const parameters = operation.parameters ?? [];
          const schemaRef = Object.values(operation.responses["200"]?.content ?? {})[0]?.schema.$ref;
          const schemaName = schemaRef?.split("/").pop();
          const schema = schemaName ? (document.components.schemas as Record<string, unknown>)[schemaName] : undefined;
          return (
            <article key={path} aria-labelledby={`op-${operation.operationId}`} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <h3 id={`op-${operation.operationId}`} className="flex flex-wrap items-baseline gap-2 font-mono text-sm sm:text-base">
                <span className="rounded bg-emerald-100 px-2 py-0.5 font-semibold text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">GET</span>{" "}
                <span className="break-all">/api/v1{path}</span>
              </h3>
              <p className="text-slate-700 dark:text-slate-300">{t(`operations.${operation.operationId}` as "operations.listExchanges")}</p>
              {parameters.length === 0 ? (
                <p className="text-sm text-slate-600 dark:text-slate-400">{t("noParameters")}</p>
              ) : (
                <div className="overflow-x-auto">
                  <table className="min-w-full text-left text-sm">
                    <caption className="sr-only">{t("parameters")}</caption>
                    <thead>
                      <tr className="border-b border-slate-200 dark:border-slate-700">
                        <th scope="col" className="py-1 pr-4">{t("parameter")}</th>
                        <th scope="col" className="py-1 pr-4">{t("where")}</th>
                        <th scope="col" className="py-1">{t("values")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {parameters.map((parameter) => (
                        <tr key={parameter.name} className="border-b border-slate-100 align-top dark:border-slate-800">
                          <td className="py-1 pr-4 font-mono">
                            {parameter.name} <span className="font-sans text-xs text-slate-600 dark:text-slate-400">({parameter.required ? t("required") : t("optional")})</span>
                          </td>
                          <td className="py-1 pr-4">{parameter.in}</td>
                          <td className="py-1 font-mono text-xs">
                            {describeParameterValues(parameter.schema)}
                            {parameter.schema.default !== undefined && <span className="ml-2 font-sans text-slate-600 dark:text-slate-400">{t("defaultValue", { value: String(parameter.schema.default) })}</span>}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {/* Exports are files of every report: downloaded, not shown. */}
              {path.startsWith("/exports") ? (
                <a href={`/api/v1${path}`} className={`text-sm ${linkClass}`}>
                  {t("tryIt")}
                </a>
              ) : (
                <TryRequest path={path} parameters={tryParameters(parameters)} />
              )}
              {schemaName && schema !== undefined && (
                <details className="rounded bg-slate-50 p-2 dark:bg-slate-900">
                  <summary className="cursor-pointer text-sm font-medium">{t("responseSchema", { name: schemaName })}</summary>
                  <pre className="mt-2 max-h-96 overflow-auto text-xs">{JSON.stringify(schema, null, 2)}</pre>
                </details>
              )}
            </article>
          );
        })}
      </section>
    </div>
    </ClientMessages>
  );
}
