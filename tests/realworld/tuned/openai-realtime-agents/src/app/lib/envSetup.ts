import dotenv from 'dotenv';

dotenv.config({path: './env'})