// Ways to reach help without speaking that are not windows in the catalogue: no number or address
// to list, but their sources say what they do and what they need first. Each keeps the quoted
// passage; its wording for readers lives in questionnaire.json (results.noSpeaking.<id>).
export interface WayWithoutSpeaking {
  id: 'relay' | 'app110';
  /** Ids in sources.json. */
  sources: string[];
  /** The passage the wording rests on, as the source prints it. */
  quote: string;
}

export const WAYS_WITHOUT_SPEAKING: readonly WayWithoutSpeaking[] = [
  { id: 'relay', sources: ['nftrs-faq', 'nftrs-im20230919'], quote: '1週間から10日程度' },
  {
    id: 'app110',
    sources: ['hokkaido-police-app110'],
    quote: '音声による110番通報が可能な方は、音声による110番通報を',
  },
];
