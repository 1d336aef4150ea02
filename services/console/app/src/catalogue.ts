import { useQuery } from '@tanstack/react-query';
import { Catalogue, intake } from './api/client';

/** The KPI catalogue as report-intake checks values against it: labels, units, goals and KPI wording come from here. */
export function useCatalogue() {
  return useQuery({
    queryKey: ['catalogue'],
    staleTime: Infinity,
    queryFn: async (): Promise<Catalogue> => {
      const { data, error } = await intake.GET('/catalogue');
      if (error || !data) throw new Error('The KPI catalogue could not be loaded');
      return data;
    },
  });
}

/** A jurisdiction's name with its footnote marker (Pristina*: UNSCR 1244), as the Roadmap's documents write it. */
export function jurisdictionName(catalogue: Catalogue | undefined, code: string): string {
  const jurisdiction = catalogue?.jurisdictions.find((j) => j.code === code);
  return jurisdiction ? `${jurisdiction.name}${jurisdiction.footnoteMarker ?? ''}` : code;
}
