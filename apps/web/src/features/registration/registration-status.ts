import type { RegistrationStatus } from "@/gql/graphql";
import type { registrationMessages } from "./registration.messages";

type Texts = (typeof registrationMessages)["zh"];

export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = ["ACTIVE", "EXPIRED", "UNLOCKED", "CONVERTED"];

/** 锁定中 / 已过期 / 已解锁 / 已转化成单 */
export function registrationStatusLabel(t: Texts, status: RegistrationStatus): string {
  switch (status) {
    case "ACTIVE":
      return t.statusActive;
    case "EXPIRED":
      return t.statusExpired;
    case "UNLOCKED":
      return t.statusUnlocked;
    case "CONVERTED":
      return t.statusConverted;
  }
}

/** The colour of a status tag: a running lock stands out, ended ones stay quiet. */
export function registrationStatusColor(status: RegistrationStatus): string {
  switch (status) {
    case "ACTIVE":
      return "blue";
    case "CONVERTED":
      return "green";
    case "EXPIRED":
      return "orange";
    case "UNLOCKED":
      return "default";
  }
}
