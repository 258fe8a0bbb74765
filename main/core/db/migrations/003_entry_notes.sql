-- Why a State was forced onto the list, left off it, or changed by an amendment, in plain words.
ALTER TABLE list_entries ADD COLUMN selection_note TEXT;
