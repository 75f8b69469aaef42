/** Row types shared across features. Feature-specific rows live beside their repositories. */
export interface SettingRow {
  key: string;
  value: unknown;
}

export interface StoredBackup {
  name: string;
  createdAt: string;
  content: string;
}
