import { builtinModules } from "node:module";
import path from "node:path";

// The house rules of the repository's layers, as one ESLint rule:
//
//   app  ──>  lib  <──  scripts          lib/domain: pure TypeScript, no I/O
//
// - lib never imports app or scripts: lib is what both of them build on.
// - lib/domain imports nothing that does I/O or ties it to Prisma, Next or Node.
// - a "use client" component imports nothing that only works on the server, nor Prisma's
//   generated code: whatever it imports is shipped to the browser. lib/validation is held to the
//   same rule, since the forms import it as well as the server.
// - a route's folder under app/[locale] is not another route's library: shared parts live in
//   app/[locale]/_components.
// Circles between files are import/no-cycle's job (eslint.config.mjs).
//
// Paths are read relative to ESLint's working directory (the repository root when `npm test`
// runs it), and "@/x" is tsconfig's alias for "<root>/x".

const SOURCE_EXTENSION = /\.(?:[cm]?[jt]sx?)$/;

/** The repository-relative path an import points to, or null for a package. */
function targetPath(source, importerPath) {
  let target;
  if (source.startsWith("@/")) target = source.slice(2);
  else if (source.startsWith("./") || source.startsWith("../")) target = path.posix.join(path.posix.dirname(importerPath), source);
  else return null;
  return path.posix.normalize(target).replace(SOURCE_EXTENSION, "");
}

function inside(target, folder) {
  return target === folder || target.startsWith(`${folder}/`);
}

function isPackage(source, names) {
  return names.some((name) => source === name || source.startsWith(`${name}/`));
}

function isNodeBuiltin(source) {
  return source.startsWith("node:") || builtinModules.includes(source.split("/")[0]);
}

const LIB_SERVER_PARTS = ["lib/data", "lib/db", "lib/auth", "lib/generated", "lib/env"];

const DOMAIN_FORBIDDEN_FOLDERS = [...LIB_SERVER_PARTS, "app", "scripts"];
const DOMAIN_FORBIDDEN_PACKAGES = ["next", "next-auth", "@prisma", "pg", "nodemailer", "server-only"];

const CLIENT_FORBIDDEN_FOLDERS = [...LIB_SERVER_PARTS, "scripts"];
const CLIENT_FORBIDDEN_PACKAGES = ["@prisma", "pg", "nodemailer", "server-only"];

function isTestFile(filePath) {
  return /\.test\.[cm]?[jt]sx?$/.test(filePath);
}

/** Erased by TypeScript: nothing of the module reaches the bundle or runs. */
function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((specifier) => specifier.importKind === "type" || specifier.exportKind === "type");
}

/** "reports" for app/[locale]/reports/[id]/page.tsx, "api" for app/api/…: the route a file belongs to. */
function routeOf(appPath) {
  const rest = appPath.startsWith("app/[locale]/") ? appPath.slice("app/[locale]/".length) : appPath.slice("app/".length);
  const [first, ...others] = rest.split("/");
  // A file directly in the folder (app/[locale]/page.tsx) belongs to no route folder.
  return others.length === 0 ? "" : first;
}

const boundaries = {
  meta: {
    type: "problem",
    docs: { description: "Keep app, lib, lib/domain, scripts and client components in their layers." },
    schema: [],
    messages: {
      libImportsOuter: "lib may not import {{layer}} ('{{source}}'): {{layer}} builds on lib, not the other way round. Move what both need into lib.",
      domainImpure:
        "lib/domain is pure (no I/O, no Prisma, Next or Node) and may not import '{{source}}'. Load or write the data in lib/data and pass it in.",
      clientImportsServer:
        "A \"use client\" component (or lib/validation, which forms share) is shipped to the browser and may not import '{{source}}' (server-only code, Prisma's generated code or Node). Import from lib/validation or lib/domain, or pass the value down as a prop.",
      crossRoute:
        "The '{{route}}' route may not import from another route's folder ('{{source}}'). Move the shared part into app/[locale]/_components.",
    },
  },
  create(context) {
    const filePath = path.relative(context.cwd, context.filename).split(path.sep).join("/");
    if (filePath.startsWith("..")) return {};
    const inLib = inside(filePath, "lib") && !isTestFile(filePath);
    const inDomain = inside(filePath, "lib/domain");
    const inApp = inside(filePath, "app");
    const inValidation = inside(filePath, "lib/validation") && !isTestFile(filePath);
    let isClient = false;

    function check(node, sourceNode) {
      if (!sourceNode || sourceNode.type !== "Literal" || typeof sourceNode.value !== "string") return;
      const source = sourceNode.value;
      const target = targetPath(source, filePath);

      if (inLib && target !== null) {
        for (const layer of ["app", "scripts"]) {
          if (inside(target, layer)) context.report({ node: sourceNode, messageId: "libImportsOuter", data: { layer, source } });
        }
      }

      if (inDomain) {
        const forbidden =
          target !== null
            ? DOMAIN_FORBIDDEN_FOLDERS.some((folder) => inside(target, folder))
            : isPackage(source, DOMAIN_FORBIDDEN_PACKAGES) || isNodeBuiltin(source);
        if (forbidden) context.report({ node: sourceNode, messageId: "domainImpure", data: { source } });
      }

      if ((isClient || inValidation) && !isTypeOnly(node)) {
        const forbidden =
          target !== null
            ? CLIENT_FORBIDDEN_FOLDERS.some((folder) => inside(target, folder))
            : isPackage(source, CLIENT_FORBIDDEN_PACKAGES) || isNodeBuiltin(source);
        if (forbidden) context.report({ node: sourceNode, messageId: "clientImportsServer", data: { source } });
      }

      if (inApp && target !== null && inside(target, "app") && !inside(target, "app/[locale]/_components")) {
        const route = routeOf(filePath);
        const targetRoute = routeOf(target);
        if (targetRoute !== "" && targetRoute !== "_components" && targetRoute !== route) {
          context.report({ node: sourceNode, messageId: "crossRoute", data: { route: route || "root", source } });
        }
      }
    }

    return {
      Program(program) {
        for (const statement of program.body) {
          if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") break;
          if (statement.directive === "use client") isClient = true;
        }
      },
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export const layersPlugin = { meta: { name: "layers" }, rules: { boundaries } };
