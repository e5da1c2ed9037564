/**
 * The map the crafted edits of the reviewer's diff start from: two personas who feel
 * differently at one touchpoint, an explicit arrow, a barrier, three stages.
 */
export const CRAFTED = `persona Buyer "HR manager" { role buyer }
persona Employee "Employee" { role user }
channel Web "Website" online
channel Phone "Phone line" offline

journey Benefits "Health benefits" {
  target Buyer, Employee

  stage Choose "Choose a plan" {
    touchpoint Compare "Compares plans" via Web for Buyer { emotion 0 }
    touchpoint PhoneBooking "Books a call" via Phone for Buyer, Employee {
      emotion -1 for Buyer
      emotion 1 for Employee
      -> Sign
    }
    touchpoint Brochure "Reads the brochure" via Web for Employee { emotion 0 }
  }

  stage Sign "Sign" {
    touchpoint Sign "Signs the contract" via Web for Buyer { emotion 1 }
  }

  stage FollowUp "Follow-up" {
    touchpoint Survey "Answers a survey" via Web for Employee { emotion 0 }
  }
}
`;
