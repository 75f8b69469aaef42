import { useId, type ReactNode } from 'react';

/** One titled block of the diagnostics screen (a region with its own heading). */
export function Card({
  title,
  children,
  wide = false,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  const id = useId();
  return (
    <section
      className={wide ? 'diagnostics__card diagnostics__card--wide' : 'diagnostics__card'}
      aria-labelledby={id}
    >
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A label and its value, inside a `<dl>`. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="diagnostics__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
