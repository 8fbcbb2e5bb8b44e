import { notFound } from "next/navigation";

// Any unknown address inside a locale gets that locale's 404 page.
export default function CatchAllPage() {
  notFound();
}
