import type { ReactNode } from 'react';

/** Stand-in for @docusaurus/Translate: the default (Norwegian) message with values filled in. */
type Values = Record<string, ReactNode>;

function interpolate(message: string, values: Values = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

export function translate({ message }: { id?: string; message: string }, values?: Values): string {
  return interpolate(message, values);
}

export default function Translate({
  children,
  values,
}: {
  id?: string;
  children: string;
  values?: Values;
}) {
  return <>{interpolate(children, values)}</>;
}
