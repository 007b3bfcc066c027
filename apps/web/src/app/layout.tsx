import { AntdRegistry } from "@ant-design/nextjs-registry";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { productTitle } from "@/features/shell/page-metadata";
import { AppProviders } from "@/shared/app-providers";
import { getLang } from "@/shared/i18n/get-lang";
import { htmlLang } from "@/shared/i18n/lang";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const lang = await getLang();
  const product = productTitle(lang);
  // Pages name themselves; the title reads "<page> · 销售后台".
  const title = { template: `%s · ${product}`, default: product };
  return lang === "zh"
    ? { title, description: "厂商经销商渠道销售后台" }
    : { title, description: "The vendor's sales backend for its dealers" };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await getLang();
  return (
    <html lang={htmlLang(lang)}>
      <body>
        <AntdRegistry>
          <AppProviders lang={lang}>{children}</AppProviders>
        </AntdRegistry>
      </body>
    </html>
  );
}
