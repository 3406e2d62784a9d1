/** The injured worker as the case summary describes them. */
export interface Claimant {
  /** Age in whole years ("a 58 year old male" → 58), or null when the summary states none. */
  age: number | null;
  /** From an explicit noun or adjective ("male", "woman"); pronouns never count. */
  sex: 'male' | 'female' | null;
  /** The diagnoses the summary lists, lowercased, in document order, without duplicates. */
  diagnoses: string[];
}

declare module '@imrkit/core' {
  interface RecordData {
    claimant: Claimant;
  }
}
