-- Rename constraint app_user_email_key of app_user to uk6dotkott2kjsp8vw4d0m25fb7
ALTER TABLE "app_user" RENAME CONSTRAINT "app_user_email_key" TO "uk6dotkott2kjsp8vw4d0m25fb7";
